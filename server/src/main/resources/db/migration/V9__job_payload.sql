-- What a job works on when that is more than a target id: e.g. a model run's model id and input,
-- stored with the job so a revived execution runs exactly the submitted work.
ALTER TABLE job ADD COLUMN payload VARCHAR;
