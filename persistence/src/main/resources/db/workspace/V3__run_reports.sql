-- Campaign Lab workspace schema, version 3: analyses of a run (explanations, drift reports) kept as JSON, one per
-- kind and key, so that opening a run shows them at once.

CREATE TABLE run_report (
    run_id      BIGINT                   NOT NULL REFERENCES training_run (id) ON DELETE CASCADE,
    kind        VARCHAR(40)              NOT NULL,
    report_key  VARCHAR(300)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    report_json CLOB                     NOT NULL,
    PRIMARY KEY (run_id, kind, report_key)
);
