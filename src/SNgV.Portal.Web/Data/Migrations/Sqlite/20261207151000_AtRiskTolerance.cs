using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Data only: recomputes the stored first at-risk day of every task under the rule of
    /// <see cref="Domain.TaskSchedulePolicy"/> (25 points, recurring tasks never at risk); Down restores the old rule
    /// (10 points, recurring tasks included). The model does not change.
    /// </summary>
    [DbContext(typeof(SqliteDbContext))]
    [Migration("20261207151000_AtRiskTolerance")]
    public partial class AtRiskTolerance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Recompute(tolerance: 25, recurringAtRisk: false));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Recompute(tolerance: 10, recurringAtRisk: true));

        // Same arithmetic as TaskSchedulePolicy.AtRiskFrom: the day after start + floor(span × share), none when that
        // reaches the due date; start is 1 January of the plan's year, or the day before the due date if earlier.
        private static string Recompute(int tolerance, bool recurringAtRisk) => $"""
            UPDATE "PlanTasks" SET "AtRiskFrom" = CASE
                WHEN "CurrentPercent" >= 100 {(recurringAtRisk ? "" : "OR \"Schedule\" = 2")} THEN NULL
                ELSE (
                    SELECT CASE
                        WHEN span <= 0 THEN s
                        WHEN date(s, '+' || CAST(span * (MIN(100, pct + {tolerance}) / 100.0) AS INTEGER) || ' days') >= due THEN NULL
                        ELSE date(s, '+' || (CAST(span * (MIN(100, pct + {tolerance}) / 100.0) AS INTEGER) + 1) || ' days')
                    END
                    FROM (
                        SELECT s, due, pct, CAST(julianday(due) - julianday(s) AS INTEGER) AS span
                        FROM (
                            SELECT MIN(printf('%04d-01-01', p."Year"), date("PlanTasks"."EffectiveDueOn", '-1 day')) AS s,
                                   "PlanTasks"."EffectiveDueOn" AS due, "PlanTasks"."CurrentPercent" AS pct
                            FROM "SolutionAreas" AS a JOIN "Plans" AS p ON p."Id" = a."PlanId"
                            WHERE a."Id" = "PlanTasks"."SolutionAreaId")))
            END;
            """;
    }
}
