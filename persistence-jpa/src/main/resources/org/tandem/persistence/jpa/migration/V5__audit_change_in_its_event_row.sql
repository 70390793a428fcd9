-- Version 5: an audit event keeps its change in a column of its own row, as a JSON object of the changed values
-- by name ({"role":"MENTEE",...}), rather than in a row of audit_event_change per value: an import writes two
-- rows per person for the log instead of nine. Events stored before keep their rows in audit_event_change, where
-- change_json is null, and read back the same; nothing is moved, since neither database can build the JSON of
-- the other's rows in portable SQL.

alter table audit_event add column change_json varchar(1000000);
