package io.campaignlab.engine.recommend.session;

/**
 * Settings of the session model ({@link Gru4RecModel}): GRU4Rec, or SASRec when {@code architecture} is
 * {@value #SASREC}.
 *
 * @param embedding          item embedding width
 * @param hidden             GRU state width
 * @param epochs             passes over the training sessions (at most, with early stopping)
 * @param batchSize          sequences per mini-batch
 * @param learningRate       Adam's step size
 * @param maxLength          the longest input sequence; longer sessions are cut into windows of this many inputs
 * @param dropout            dropout on the item embeddings and the GRU output while training, in [0, 1)
 * @param validationFraction the share of training sessions (the latest by start time) held out for early stopping;
 *                           0 trains on all of them for exactly {@code epochs}
 * @param patience           epochs without a better validation MRR@20 before stopping
 * @param seed               seeds initialisation, dropout and the batch order
 * @param device             auto, cpu or gpu
 * @param architecture       {@value #GRU4REC} (a GRU; {@code hidden} is its state width) or {@value #SASREC}
 *                           (one causal self-attention layer of width {@code embedding}, positions up to
 *                           {@code maxLength}; {@code hidden} unused); null reads as {@value #GRU4REC}, as artifacts
 *                           saved before SASRec do
 */
public record Gru4RecSpec(int embedding, int hidden, int epochs, int batchSize, double learningRate, int maxLength,
                          double dropout, double validationFraction, int patience, long seed, String device,
                          String architecture) {

    public static final String GRU4REC = "gru4rec";
    public static final String SASREC = "sasrec";

    /** A GRU4Rec spec. */
    public Gru4RecSpec(int embedding, int hidden, int epochs, int batchSize, double learningRate, int maxLength,
                       double dropout, double validationFraction, int patience, long seed, String device) {
        this(embedding, hidden, epochs, batchSize, learningRate, maxLength, dropout, validationFraction, patience,
                seed, device, GRU4REC);
    }

    public Gru4RecSpec {
        architecture = architecture == null ? GRU4REC : architecture;
        if (!architecture.equals(GRU4REC) && !architecture.equals(SASREC)) {
            throw new IllegalArgumentException("unknown session architecture '" + architecture + "'; expected "
                    + GRU4REC + " or " + SASREC);
        }
        if (embedding < 1 || hidden < 1 || epochs < 1 || batchSize < 1 || maxLength < 1 || patience < 1) {
            throw new IllegalArgumentException("embedding, hidden, epochs, batch size, max length and patience must"
                    + " be at least 1");
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("the learning rate must be positive, was " + learningRate);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must lie in [0, 1), was " + dropout);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must lie in [0, 1), was "
                    + validationFraction);
        }
        device = device == null ? "auto" : device;
    }

    public static Gru4RecSpec defaults() {
        return new Gru4RecSpec(64, 100, 10, 64, 0.002, 19, 0.2, 0.0, 2, 42L, "auto", GRU4REC);
    }

    public Gru4RecSpec withSize(int embeddingWidth, int hiddenWidth) {
        return new Gru4RecSpec(embeddingWidth, hiddenWidth, epochs, batchSize, learningRate, maxLength, dropout,
                validationFraction, patience, seed, device, architecture);
    }

    public Gru4RecSpec withEpochs(int n) {
        return new Gru4RecSpec(embedding, hidden, n, batchSize, learningRate, maxLength, dropout, validationFraction,
                patience, seed, device, architecture);
    }

    public Gru4RecSpec withTraining(int batch, double rate, double drop) {
        return new Gru4RecSpec(embedding, hidden, epochs, batch, rate, maxLength, drop, validationFraction, patience,
                seed, device, architecture);
    }

    public Gru4RecSpec withValidation(double fraction, int epochsWithoutGain) {
        return new Gru4RecSpec(embedding, hidden, epochs, batchSize, learningRate, maxLength, dropout, fraction,
                epochsWithoutGain, seed, device, architecture);
    }

    public Gru4RecSpec withSeed(long s) {
        return new Gru4RecSpec(embedding, hidden, epochs, batchSize, learningRate, maxLength, dropout,
                validationFraction, patience, s, device, architecture);
    }

    public Gru4RecSpec withArchitecture(String a) {
        return new Gru4RecSpec(embedding, hidden, epochs, batchSize, learningRate, maxLength, dropout,
                validationFraction, patience, seed, device, a);
    }

    /** Whether this is SASRec rather than GRU4Rec. */
    public boolean sasRec() {
        return SASREC.equals(architecture);
    }

    public Gru4RecSpec withDevice(String d) {
        return new Gru4RecSpec(embedding, hidden, epochs, batchSize, learningRate, maxLength, dropout,
                validationFraction, patience, seed, d, architecture);
    }
}
