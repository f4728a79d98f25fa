using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProcedureEnglishAndForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Units",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "SurveyRounds",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantsEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConditionsEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FeeAmount",
                table: "Procedures",
                type: "TEXT",
                precision: 18,
                scale: 0,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeesEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImplementingBodyEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalBasisEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnlineSubmissionUrl",
                table: "Procedures",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredDocumentsEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ServiceLevel",
                table: "Procedures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StepsEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionPlaceEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "Procedures",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SummaryEn",
                table: "Procedures",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "ProcedureFields",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProcedureForms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdministrativeProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcedureForms_Procedures_AdministrativeProcedureId",
                        column: x => x.AdministrativeProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureForms_AdministrativeProcedureId",
                table: "ProcedureForms",
                column: "AdministrativeProcedureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProcedureForms");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "SurveyRounds");

            migrationBuilder.DropColumn(
                name: "ApplicantsEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "ConditionsEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "FeeAmount",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "FeesEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "ImplementingBodyEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "LegalBasisEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "OnlineSubmissionUrl",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "RequiredDocumentsEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "ResultEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "ServiceLevel",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "StepsEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "SubmissionPlaceEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "SummaryEn",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "ProcedureFields");
        }
    }
}
