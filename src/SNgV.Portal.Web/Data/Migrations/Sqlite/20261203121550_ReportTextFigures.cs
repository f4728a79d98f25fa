using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportTextFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProposedTextHashes",
                table: "Reports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextFigures",
                table: "Reports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProposedTextHashes",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "TextFigures",
                table: "Reports");
        }
    }
}
