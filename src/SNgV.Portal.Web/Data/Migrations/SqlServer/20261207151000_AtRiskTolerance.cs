using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// Data only: recomputes the stored first at-risk day of every task under the rule of
    /// <see cref="Domain.TaskSchedulePolicy"/> (25 points, recurring tasks never at risk); Down restores the old rule
    /// (10 points, recurring tasks included). The model does not change.
    /// </summary>
    [DbContext(typeof(SqlServerDbContext))]
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
            UPDATE t SET t.[AtRiskFrom] = CASE
                WHEN t.[CurrentPercent] >= 100 {(recurringAtRisk ? "" : "OR t.[Schedule] = 2")} THEN NULL
                WHEN x.span <= 0 THEN x.s
                WHEN DATEADD(day, FLOOR(x.span * (IIF(t.[CurrentPercent] + {tolerance} > 100, 100, t.[CurrentPercent] + {tolerance}) / 100.0)), x.s) >= t.[EffectiveDueOn] THEN NULL
                ELSE DATEADD(day, FLOOR(x.span * (IIF(t.[CurrentPercent] + {tolerance} > 100, 100, t.[CurrentPercent] + {tolerance}) / 100.0)) + 1, x.s)
            END
            FROM [PlanTasks] AS t
            JOIN [SolutionAreas] AS a ON a.[Id] = t.[SolutionAreaId]
            JOIN [Plans] AS p ON p.[Id] = a.[PlanId]
            CROSS APPLY (SELECT IIF(DATEFROMPARTS(p.[Year], 1, 1) < t.[EffectiveDueOn], DATEFROMPARTS(p.[Year], 1, 1), DATEADD(day, -1, t.[EffectiveDueOn])) AS s) AS st
            CROSS APPLY (SELECT st.s AS s, DATEDIFF(day, st.s, t.[EffectiveDueOn]) AS span) AS x;
            """;
    }
}
