package org.openasn.personnel.employee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventType;
import org.openasn.events.EventTypes;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract enumerates the golongan, eselon, pendidikan, kedudukan hukum and BUP category codes an event may carry, and
 * a formasi's jenjang (decision 24), by hand, beside asn-reference's lists, which personnel-service accepts and publishes
 * (and retirement-service its BUP categories): the two must be the same, or consumers would dead-letter the events of a
 * code personnel-service takes, or take codes it never publishes.
 */
class PublishedCodesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldEnumerateInTheContractExactlyTheCodesOfTheReference() throws IOException {
        JsonNode employeeChange = schema(EventTypes.EMPLOYEE_REGISTERED_V1);
        JsonNode period = employeeChange.path("properties").path("timeline").path("items").path("properties");
        Set<String> eselon = Arrays.stream(Eselon.values()).map(e -> String.format("%02d", e.id())).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(codes(Golongan.values(), Golongan::code), codes(period.path("golongan")));
        assertEquals(codes(TingkatPendidikan.values(), TingkatPendidikan::code), codes(period.path("pendidikan")));
        assertEquals("#/$defs/eselon", period.path("eselon").path("$ref").asText());
        assertEquals(eselon, codes(employeeChange.path("$defs").path("eselon")));
        assertEquals(eselon, codes(schema(EventTypes.FORMASI_SET_V1).path("properties").path("eselon")));
    }

    @Test
    void shouldEnumerateInTheContractExactlyTheKedudukanHukumBupCategoriesAndFormasiJenjangOfTheReference() throws IOException {
        JsonNode period = schema(EventTypes.EMPLOYEE_REGISTERED_V1).path("properties").path("timeline").path("items").path("properties");
        Set<String> bupCategories = codes(BupCategory.values(), BupCategory::name);

        assertEquals(codes(KedudukanHukum.values(), KedudukanHukum::code), codes(period.path("kedudukanHukum")));
        assertEquals(codes(JenjangFungsional.values(), JenjangFungsional::name), codes(schema(EventTypes.FORMASI_SET_V1).path("properties").path("jenjang")));
        assertEquals(bupCategories, codes(period.path("bupCategory")));
        assertEquals(bupCategories, codes(schema(EventTypes.BUP_RULES_PUBLISHED_V1).path("properties").path("ranges").path("items")
                .path("properties").path("bupCategory")));
        assertEquals(bupCategories, codes(schema(EventTypes.RETIREMENT_DUE_V1).path("properties").path("bupCategory")));
    }

    /** The codes of a reference list, as events write them. */
    private static <T> Set<String> codes(T[] values, Function<T, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The strings a property's {@code enum} allows (its {@code null} aside). */
    private static Set<String> codes(JsonNode property) {
        return StreamSupport.stream(property.path("enum").spliterator(), false).filter(JsonNode::isTextual).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode schema(EventType<?> type) throws IOException {
        try (InputStream in = EventTypes.class.getResourceAsStream(type.schemaResource())) {
            return MAPPER.readTree(in);
        }
    }
}
