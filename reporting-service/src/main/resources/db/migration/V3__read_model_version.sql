-- Drawn from by every event that changes the read model (employee periods, units); its last value is the version in
-- headcount ETags, so a cached answer is revalidated after any change, including a rebuild (which never reuses values).
CREATE SEQUENCE read_model_version;
