using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RecruitmentNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecruitmentNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Organisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OrganisationEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Project = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ProjectEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Position = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PositionEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Posts = table.Column<int>(type: "int", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PlaceEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Duties = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DutiesEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Requirements = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RequirementsEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    HowToApply = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    HowToApplyEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Interviews = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InterviewsEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Results = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ResultsEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PostsFilled = table.Column<int>(type: "int", nullable: true),
                    JobDescriptionFileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    JobDescriptionStorageKey = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    JobDescriptionLength = table.Column<long>(type: "bigint", nullable: true),
                    JobDescriptionSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecruitmentNotices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecruitmentNotices_PublishedOn_Deadline",
                table: "RecruitmentNotices",
                columns: new[] { "PublishedOn", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecruitmentNotices");
        }
    }
}
