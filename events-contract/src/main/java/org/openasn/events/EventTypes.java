package org.openasn.events;

import org.openasn.events.personnel.UnitRegistered;

import java.util.List;
import java.util.Optional;

/** Every event type ever published. Never remove one: consumers must keep reading old events on replay. */
public final class EventTypes {

    public static final EventType<UnitRegistered> UNIT_REGISTERED_V1 =
            new EventType<>("asn.personnel.unit-registered.v1", UnitRegistered.class, Topics.PERSONNEL);

    public static final List<EventType<?>> ALL = List.of(UNIT_REGISTERED_V1);

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
