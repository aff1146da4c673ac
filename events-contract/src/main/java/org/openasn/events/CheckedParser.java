package org.openasn.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;

/**
 * A parser that shows every token it reads to a {@link SchemaCursor}, so that whatever reads through it (Jackson
 * binding a record) is checked against the schema at the same time. Every way of moving on goes through
 * {@link #nextToken()}: the delegate's own {@code nextValue} and {@code skipChildren} would move past tokens the cursor
 * must see (the other {@code next…} methods of {@link JsonParser} already call {@code nextToken}).
 */
final class CheckedParser extends JsonParserDelegate {

    private final SchemaCursor cursor;

    CheckedParser(JsonParser parser, SchemaCursor cursor) {
        super(parser);
        this.cursor = cursor;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token != null) {
            cursor.read(token, delegate);
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            token = nextToken();
            if (token == null) {
                return this;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return this;
    }
}
