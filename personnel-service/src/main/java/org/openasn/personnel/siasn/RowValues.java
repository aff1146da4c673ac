package org.openasn.personnel.siasn;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one row as an unmodifiable map over an array: the header index is shared by every row of a file,
 * so a row costs one array, not a hash map. Iteration follows the file's column order.
 */
final class RowValues extends AbstractMap<String, String> {

    private final Map<String, Integer> index;
    private final List<String> headers;
    private final String[] values;

    RowValues(Map<String, Integer> index, List<String> headers, String[] values) {
        this.index = index;
        this.headers = headers;
        this.values = values;
    }

    @Override
    public String get(Object key) {
        Integer at = index.get(key);
        return at == null ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return index.containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(headers.get(at), values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
