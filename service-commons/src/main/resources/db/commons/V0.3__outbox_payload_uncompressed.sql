-- An event's payload is stored as written, not compressed. A row longer than about 2 KB (an employee event is about
-- 2.5 KB) was compressed with pglz when written and decompressed when the relay read it: pglz_compress was the
-- function PostgreSQL spent most time in during an import (7 % of its CPU). Rows are now compressed only when they
-- would not fit in a page (8160 bytes, the largest target allowed). Events are deleted once published and past their
-- retention, so the extra space (about 1 KB per employee event) is held only for that time.
ALTER TABLE outbox_event SET (toast_tuple_target = 8160);
