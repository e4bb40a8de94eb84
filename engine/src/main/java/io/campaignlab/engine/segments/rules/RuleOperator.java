package io.campaignlab.engine.segments.rules;

/** How a rule condition compares a measure with its value. {@code !=} is also written {@code <>}. */
public enum RuleOperator {
    GE(">="), GT(">"), LE("<="), LT("<"), EQ("="), NE("!=");

    private final String symbol;

    RuleOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as it is written in a condition, and in SQL ({@code !=} becomes {@code <>} there). */
    public String symbol() {
        return symbol;
    }

    public String sql() {
        return this == NE ? "<>" : symbol;
    }

    /** Whether it orders values, rather than only telling them apart. */
    public boolean ordering() {
        return this != EQ && this != NE;
    }

    public boolean test(double left, double right) {
        switch (this) {
            case GE:
                return left >= right;
            case GT:
                return left > right;
            case LE:
                return left <= right;
            case LT:
                return left < right;
            case EQ:
                return left == right;
            default:
                return left != right;
        }
    }

    public static RuleOperator parse(String text) {
        String key = text.strip();
        if (key.equals("==")) {
            return EQ;
        }
        if (key.equals("<>")) {
            return NE;
        }
        for (RuleOperator op : values()) {
            if (op.symbol.equals(key)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operator '" + text + "'; expected >=, >, <=, <, = or !=");
    }
}
