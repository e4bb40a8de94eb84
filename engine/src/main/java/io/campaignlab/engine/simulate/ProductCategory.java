package io.campaignlab.engine.simulate;

import java.util.List;

/**
 * The simulated shop's eight categories, four per domain. Every fashion category is paired with one electronics
 * category through a shared latent taste (see {@link UserGenerator}): streetwear apparel goes with gaming, shoes with
 * audio (running with earbuds), accessories with phones, beauty with laptops. This pairing is the planted
 * cross-domain structure that collaborative filtering and cross-domain recommenders should find.
 */
enum ProductCategory {
    APPAREL("apparel", Domain.FASHION, 0, 0.20, 35, List.of("Northline", "Urbanite", "Kestrel", "Marlowe", "Tidewear")),
    SHOES("shoes", Domain.FASHION, 1, 0.12, 70, List.of("Stride", "Pacer", "Cobble", "Vantage", "Loam")),
    ACCESSORIES("accessories", Domain.FASHION, 2, 0.12, 25, List.of("Gilded", "Fennel", "Orbit", "Wren", "Tessel")),
    BEAUTY("beauty", Domain.FASHION, 3, 0.10, 20, List.of("Lumen", "Petal", "Aurea", "Sable", "Mistral")),
    PHONES("phones", Domain.ELECTRONICS, 2, 0.10, 450, List.of("Axion", "Helio", "Nimbus", "Quark", "Volta")),
    LAPTOPS("laptops", Domain.ELECTRONICS, 3, 0.08, 900, List.of("Corvid", "Ledger", "Slate", "Arcwise", "Tandem")),
    AUDIO("audio", Domain.ELECTRONICS, 1, 0.14, 110, List.of("Resona", "Dune", "Hertz&Co", "Echoline", "Brio")),
    GAMING("gaming", Domain.ELECTRONICS, 0, 0.14, 60, List.of("Pixelforge", "Rampart", "Ninefold", "Jolt", "Cinder"));

    /** The two domains, as written in the datasets. */
    enum Domain {
        FASHION("fashion"), ELECTRONICS("electronics");

        private final String label;

        Domain(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** How many latent taste factors there are: one per fashion/electronics pair. */
    static final int TASTES = 4;

    private static final ProductCategory[] ALL = values();

    private final String label;
    private final Domain domain;
    private final int taste;
    private final double catalogShare;
    private final double medianPrice;
    private final List<String> brands;

    ProductCategory(String label, Domain domain, int taste, double catalogShare, double medianPrice,
                    List<String> brands) {
        this.label = label;
        this.domain = domain;
        this.taste = taste;
        this.catalogShare = catalogShare;
        this.medianPrice = medianPrice;
        this.brands = brands;
    }

    static ProductCategory of(int ordinal) {
        return ALL[ordinal];
    }

    static int count() {
        return ALL.length;
    }

    String label() {
        return label;
    }

    Domain domain() {
        return domain;
    }

    /** The latent taste factor this category shares with its partner in the other domain. */
    int taste() {
        return taste;
    }

    /** The share of catalog items in this category. */
    double catalogShare() {
        return catalogShare;
    }

    /** The median price of an item of a mid-market brand. */
    double medianPrice() {
        return medianPrice;
    }

    /** Brands, from premium (first) to budget (last). */
    List<String> brands() {
        return brands;
    }
}
