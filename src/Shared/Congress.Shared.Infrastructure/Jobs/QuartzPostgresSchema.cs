using Npgsql;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// The tables of Quartz's persistent, clustered job store on PostgreSQL, in schema <c>jobs</c>
/// (Quartz's own layout for its PostgreSQL delegate; docs/adr/0005). Created idempotently by the scheduler
/// itself before it starts, so a node never starts against a database without them.
/// </summary>
internal static class QuartzPostgresSchema
{
    public const string TablePrefix = "jobs.qrtz_";

    private const string Key = "sched_name TEXT NOT NULL, trigger_name TEXT NOT NULL, trigger_group TEXT NOT NULL";
    private const string TriggerKey = "PRIMARY KEY (sched_name, trigger_name, trigger_group), "
        + "FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES jobs.qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE";

    private static readonly string Script = $"""
        SELECT pg_advisory_xact_lock(4242001);
        CREATE SCHEMA IF NOT EXISTS jobs;
        CREATE TABLE IF NOT EXISTS jobs.qrtz_job_details (
            sched_name TEXT NOT NULL, job_name TEXT NOT NULL, job_group TEXT NOT NULL, description TEXT NULL,
            job_class_name TEXT NOT NULL, is_durable BOOL NOT NULL, is_nonconcurrent BOOL NOT NULL, is_update_data BOOL NOT NULL,
            requests_recovery BOOL NOT NULL, job_data BYTEA NULL,
            PRIMARY KEY (sched_name, job_name, job_group));
        CREATE TABLE IF NOT EXISTS jobs.qrtz_triggers (
            {Key}, job_name TEXT NOT NULL, job_group TEXT NOT NULL, description TEXT NULL,
            next_fire_time BIGINT NULL, prev_fire_time BIGINT NULL, priority INTEGER NULL, trigger_state TEXT NOT NULL,
            trigger_type TEXT NOT NULL, start_time BIGINT NOT NULL, end_time BIGINT NULL, calendar_name TEXT NULL,
            misfire_instr SMALLINT NULL, job_data BYTEA NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, job_name, job_group) REFERENCES jobs.qrtz_job_details (sched_name, job_name, job_group));
        CREATE TABLE IF NOT EXISTS jobs.qrtz_simple_triggers (
            {Key}, repeat_count BIGINT NOT NULL, repeat_interval BIGINT NOT NULL, times_triggered BIGINT NOT NULL, {TriggerKey});
        CREATE TABLE IF NOT EXISTS jobs.qrtz_simprop_triggers (
            {Key}, str_prop_1 TEXT NULL, str_prop_2 TEXT NULL, str_prop_3 TEXT NULL, int_prop_1 INTEGER NULL, int_prop_2 INTEGER NULL,
            long_prop_1 BIGINT NULL, long_prop_2 BIGINT NULL, dec_prop_1 NUMERIC NULL, dec_prop_2 NUMERIC NULL,
            bool_prop_1 BOOL NULL, bool_prop_2 BOOL NULL, time_zone_id TEXT NULL, {TriggerKey});
        CREATE TABLE IF NOT EXISTS jobs.qrtz_cron_triggers (
            {Key}, cron_expression TEXT NOT NULL, time_zone_id TEXT NULL, {TriggerKey});
        CREATE TABLE IF NOT EXISTS jobs.qrtz_blob_triggers ({Key}, blob_data BYTEA NULL, {TriggerKey});
        CREATE TABLE IF NOT EXISTS jobs.qrtz_calendars (
            sched_name TEXT NOT NULL, calendar_name TEXT NOT NULL, calendar BYTEA NOT NULL, PRIMARY KEY (sched_name, calendar_name));
        CREATE TABLE IF NOT EXISTS jobs.qrtz_paused_trigger_grps (
            sched_name TEXT NOT NULL, trigger_group TEXT NOT NULL, PRIMARY KEY (sched_name, trigger_group));
        CREATE TABLE IF NOT EXISTS jobs.qrtz_fired_triggers (
            sched_name TEXT NOT NULL, entry_id TEXT NOT NULL, trigger_name TEXT NOT NULL, trigger_group TEXT NOT NULL,
            instance_name TEXT NOT NULL, fired_time BIGINT NOT NULL, sched_time BIGINT NOT NULL, priority INTEGER NOT NULL,
            state TEXT NOT NULL, job_name TEXT NULL, job_group TEXT NULL, is_nonconcurrent BOOL NOT NULL, requests_recovery BOOL NULL,
            PRIMARY KEY (sched_name, entry_id));
        CREATE TABLE IF NOT EXISTS jobs.qrtz_scheduler_state (
            sched_name TEXT NOT NULL, instance_name TEXT NOT NULL, last_checkin_time BIGINT NOT NULL, checkin_interval BIGINT NOT NULL,
            PRIMARY KEY (sched_name, instance_name));
        CREATE TABLE IF NOT EXISTS jobs.qrtz_locks (sched_name TEXT NOT NULL, lock_name TEXT NOT NULL, PRIMARY KEY (sched_name, lock_name));
        CREATE INDEX IF NOT EXISTS idx_qrtz_t_next_fire_time ON jobs.qrtz_triggers (next_fire_time);
        CREATE INDEX IF NOT EXISTS idx_qrtz_t_state ON jobs.qrtz_triggers (trigger_state);
        CREATE INDEX IF NOT EXISTS idx_qrtz_t_nft_st ON jobs.qrtz_triggers (next_fire_time, trigger_state);
        CREATE INDEX IF NOT EXISTS idx_qrtz_ft_trig_name ON jobs.qrtz_fired_triggers (trigger_name);
        CREATE INDEX IF NOT EXISTS idx_qrtz_ft_trig_group ON jobs.qrtz_fired_triggers (trigger_group);
        CREATE INDEX IF NOT EXISTS idx_qrtz_ft_trig_inst_name ON jobs.qrtz_fired_triggers (instance_name);
        CREATE INDEX IF NOT EXISTS idx_qrtz_ft_job_name ON jobs.qrtz_fired_triggers (job_name);
        CREATE INDEX IF NOT EXISTS idx_qrtz_ft_job_group ON jobs.qrtz_fired_triggers (job_group);
        CREATE INDEX IF NOT EXISTS idx_qrtz_ft_job_req_recovery ON jobs.qrtz_fired_triggers (requests_recovery);
        """;

    /// <summary>Creates the schema and tables when missing; nodes starting together serialise on an advisory lock.</summary>
    public static async Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(Script, connection, transaction)) await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
