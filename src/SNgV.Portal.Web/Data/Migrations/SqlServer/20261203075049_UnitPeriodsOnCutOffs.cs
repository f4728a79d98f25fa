using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UnitPeriodsOnCutOffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SubmittedLate",
                table: "ProgressUpdates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Units' periods move to the Decree 09 cut-offs with their names kept: the calendar "Quý I/2019"
            // (01/01–31/03) becomes 15/12/2018–14/03/2019, "Tháng 3/2019" becomes 15/02–14/03. Updates sent
            // before this change are not marked late.
            migrationBuilder.Sql("""
                UPDATE [ProgressUpdates] SET [PeriodStart] = DATEADD(day, 14, DATEADD(month, -1, [PeriodStart])), [PeriodEnd] = DATEFROMPARTS(YEAR([PeriodEnd]), MONTH([PeriodEnd]), 14) WHERE DAY([PeriodStart]) = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE [ProgressUpdates] SET [PeriodStart] = DATEADD(month, 1, DATEFROMPARTS(YEAR([PeriodStart]), MONTH([PeriodStart]), 1)), [PeriodEnd] = EOMONTH([PeriodEnd]) WHERE DAY([PeriodStart]) = 15;
                """);

            migrationBuilder.DropColumn(
                name: "SubmittedLate",
                table: "ProgressUpdates");
        }
    }
}
