-- Quartz.NET 3.x clustered ADO.NET job store (PostgreSQL delegate), in its own schema. Column names and types are the
-- ones Quartz's StdAdoDelegate reads and writes; times are .NET ticks (bigint). The scheduler uses the table prefix
-- "scheduler.qrtz_".

CREATE SCHEMA IF NOT EXISTS scheduler;

CREATE TABLE scheduler.qrtz_job_details (
    sched_name        text NOT NULL,
    job_name          text NOT NULL,
    job_group         text NOT NULL,
    description       text,
    job_class_name    text NOT NULL,
    is_durable        boolean NOT NULL,
    is_nonconcurrent  boolean NOT NULL,
    is_update_data    boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data          bytea,
    PRIMARY KEY (sched_name, job_name, job_group)
);

CREATE TABLE scheduler.qrtz_triggers (
    sched_name     text NOT NULL,
    trigger_name   text NOT NULL,
    trigger_group  text NOT NULL,
    job_name       text NOT NULL,
    job_group      text NOT NULL,
    description    text,
    next_fire_time bigint,
    prev_fire_time bigint,
    priority       integer,
    trigger_state  text NOT NULL,
    trigger_type   text NOT NULL,
    start_time     bigint NOT NULL,
    end_time       bigint,
    calendar_name  text,
    misfire_instr  smallint,
    job_data       bytea,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, job_name, job_group) REFERENCES scheduler.qrtz_job_details (sched_name, job_name, job_group)
);

CREATE TABLE scheduler.qrtz_simple_triggers (
    sched_name      text NOT NULL,
    trigger_name    text NOT NULL,
    trigger_group   text NOT NULL,
    repeat_count    bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES scheduler.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE scheduler.qrtz_simprop_triggers (
    sched_name    text NOT NULL,
    trigger_name  text NOT NULL,
    trigger_group text NOT NULL,
    str_prop_1    text,
    str_prop_2    text,
    str_prop_3    text,
    int_prop_1    integer,
    int_prop_2    integer,
    long_prop_1   bigint,
    long_prop_2   bigint,
    dec_prop_1    numeric,
    dec_prop_2    numeric,
    bool_prop_1   boolean,
    bool_prop_2   boolean,
    time_zone_id  text,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES scheduler.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE scheduler.qrtz_cron_triggers (
    sched_name      text NOT NULL,
    trigger_name    text NOT NULL,
    trigger_group   text NOT NULL,
    cron_expression text NOT NULL,
    time_zone_id    text,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES scheduler.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE scheduler.qrtz_blob_triggers (
    sched_name    text NOT NULL,
    trigger_name  text NOT NULL,
    trigger_group text NOT NULL,
    blob_data     bytea,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES scheduler.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE scheduler.qrtz_calendars (
    sched_name    text NOT NULL,
    calendar_name text NOT NULL,
    calendar      bytea NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE scheduler.qrtz_paused_trigger_grps (
    sched_name    text NOT NULL,
    trigger_group text NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);

CREATE TABLE scheduler.qrtz_fired_triggers (
    sched_name        text NOT NULL,
    entry_id          text NOT NULL,
    trigger_name      text NOT NULL,
    trigger_group     text NOT NULL,
    instance_name     text NOT NULL,
    fired_time        bigint NOT NULL,
    sched_time        bigint NOT NULL,
    priority          integer NOT NULL,
    state             text NOT NULL,
    job_name          text,
    job_group         text,
    is_nonconcurrent  boolean NOT NULL,
    requests_recovery boolean,
    PRIMARY KEY (sched_name, entry_id)
);

CREATE TABLE scheduler.qrtz_scheduler_state (
    sched_name        text NOT NULL,
    instance_name     text NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval  bigint NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);

CREATE TABLE scheduler.qrtz_locks (
    sched_name text NOT NULL,
    lock_name  text NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
);

CREATE INDEX qrtz_j_req_recovery_idx ON scheduler.qrtz_job_details (sched_name, requests_recovery);
CREATE INDEX qrtz_t_next_fire_time_idx ON scheduler.qrtz_triggers (sched_name, next_fire_time);
CREATE INDEX qrtz_t_state_idx ON scheduler.qrtz_triggers (sched_name, trigger_state);
CREATE INDEX qrtz_t_nft_st_idx ON scheduler.qrtz_triggers (sched_name, trigger_state, next_fire_time);
CREATE INDEX qrtz_ft_trig_nm_gp_idx ON scheduler.qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
CREATE INDEX qrtz_ft_trig_inst_name_idx ON scheduler.qrtz_fired_triggers (sched_name, instance_name);
CREATE INDEX qrtz_ft_job_req_recovery_idx ON scheduler.qrtz_fired_triggers (requests_recovery);
