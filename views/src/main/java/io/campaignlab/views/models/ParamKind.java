package io.campaignlab.views.models;

import io.campaignlab.views.common.ParamField;

/** What a setting of the train form holds, and why a text is not one. */
enum ParamKind implements ParamField.Rule {
    /** A whole number, at least 1. */
    POSITIVE_INT,
    /** A whole number, at least 0. */
    COUNT,
    /** A number in [0, 1). */
    SHARE,
    /** A number above 0. */
    POSITIVE,
    /** A number above 0 and at most 1. */
    FRACTION,
    /** A number, at least 0. */
    NON_NEGATIVE,
    /** Whole numbers, at least 1, separated by commas. */
    WIDTHS;

    @Override
    public String problem(String label, String value) {
        if (value.isEmpty()) {
            return label + " is required.";
        }
        try {
            switch (this) {
                case POSITIVE_INT, COUNT -> {
                    if (!value.matches("\\d{1,9}")) {
                        return label + " must be a whole number.";
                    }
                    int n = Integer.parseInt(value);
                    if (this == POSITIVE_INT && n < 1) {
                        return label + " must be at least 1.";
                    }
                }
                case SHARE -> {
                    double v = Double.parseDouble(value);
                    if (!(v >= 0 && v < 1)) {
                        return label + " must be at least 0 and below 1.";
                    }
                }
                case POSITIVE -> {
                    double v = Double.parseDouble(value);
                    if (!(v > 0) || Double.isInfinite(v)) {
                        return label + " must be above 0.";
                    }
                }
                case FRACTION -> {
                    double v = Double.parseDouble(value);
                    if (!(v > 0 && v <= 1)) {
                        return label + " must be above 0 and at most 1.";
                    }
                }
                case NON_NEGATIVE -> {
                    double v = Double.parseDouble(value);
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        return label + " must be 0 or more.";
                    }
                }
                case WIDTHS -> {
                    if (!value.matches("\\d{1,6}([,\\s]+\\d{1,6})*")) {
                        return label + " must be layer widths separated by commas, such as 64, 32.";
                    }
                    if (value.matches(".*(^|[,\\s])0+([,\\s]|$).*")) {
                        return label + ": every layer needs at least 1 unit.";
                    }
                }
            }
        } catch (NumberFormatException e) {
            return label + " must be a number.";
        }
        return "";
    }
}
