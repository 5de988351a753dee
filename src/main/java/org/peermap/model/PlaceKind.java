package org.peermap.model;

/** What kind of place; a place that is not public is printed as its kind and a number ("Estate 1"). */
public enum PlaceKind implements Named {
    HOME("home", "Home"),
    SCHOOL("school", "School"),
    ESTATE("estate", "Estate"),
    STREET("street", "Street"),
    PARK("park", "Park"),
    SHOP("shop", "Shop"),
    TRANSPORT("transport", "Transport"),
    YOUTH_CLUB("youth-club", "Youth club"),
    OTHER("other", "Place");

    private final String word;
    private final String printed;

    PlaceKind(String word, String printed) {
        this.word = word;
        this.printed = printed;
    }

    @Override
    public String word() {
        return word;
    }

    /** The printed word for an anonymised place of this kind. */
    public String printed() {
        return printed;
    }
}
