package io.campaignlab.views.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.List;

/** The sections of the left navigation, with what each holds or will hold. */
public enum Section {
    DATA("Data", MaterialDesignD.DATABASE, "Behaviour datasets: import, browse, profile, rejections.", List.of()),
    MODELS("Models", MaterialDesignB.BRAIN, "Click and conversion models trained with DJL on the GPU or CPU.",
            List.of()),
    EXPLAIN("Explain", MaterialDesignT.TEXT_SEARCH, "Why a model scores a user high.", List.of()),
    SEGMENTS("Segments", MaterialDesignA.ACCOUNT_GROUP, "Who the customers are: RFM, k-means and rule segments.",
            List.of()),
    RECOMMEND("Recommend", MaterialDesignT.THUMB_UP_OUTLINE,
            "What to show each customer: full-ranking recommenders, compared under a stated protocol.", List.of()),
    EXPERIMENTS("Experiments", MaterialDesignF.FLASK_OUTLINE, "Trustworthy A/B readouts and uplift.", List.of()),
    CAMPAIGNS("Campaigns", MaterialDesignB.BULLHORN_OUTLINE,
            "Design, forecast, publish and serve personalised campaigns.", List.of()),
    MONITOR("Monitor", MaterialDesignM.MONITOR_DASHBOARD, "Whether models still hold.", List.of());

    private final String title;
    private final Ikon icon;
    private final String summary;
    private final List<String> planned;

    Section(String title, Ikon icon, String summary, List<String> planned) {
        this.title = title;
        this.icon = icon;
        this.summary = summary;
        this.planned = planned;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    public String summary() {
        return summary;
    }

    /** What a section that is not built yet will hold; empty for working sections. */
    public List<String> planned() {
        return planned;
    }

    public static Section byTitle(String title) {
        for (Section s : values()) {
            if (s.title.equalsIgnoreCase(title) || s.name().equalsIgnoreCase(title)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown view '" + title + "'; use data, models, explain, segments,"
                + " recommend, experiments, campaigns or monitor");
    }
}
