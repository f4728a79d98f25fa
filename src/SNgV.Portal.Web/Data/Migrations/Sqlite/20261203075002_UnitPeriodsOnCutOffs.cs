using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Units' periods move to the Decree 09 cut-offs with their names kept: the calendar "Quý I/2019"
            // (01/01–31/03) becomes 15/12/2018–14/03/2019, "Tháng 3/2019" becomes 15/02–14/03. Updates sent
            // before this change are not marked late.
            migrationBuilder.Sql("""
                UPDATE "ProgressUpdates" SET "PeriodStart" = date("PeriodStart", '-1 month', '+14 days'), "PeriodEnd" = date("PeriodEnd", 'start of month', '+13 days') WHERE strftime('%d', "PeriodStart") = '01';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "ProgressUpdates" SET "PeriodStart" = date("PeriodStart", '+17 days', 'start of month'), "PeriodEnd" = date("PeriodEnd", 'start of month', '+1 month', '-1 day') WHERE strftime('%d', "PeriodStart") = '15';
                """);

            migrationBuilder.DropColumn(
                name: "SubmittedLate",
                table: "ProgressUpdates");
        }
    }
}
