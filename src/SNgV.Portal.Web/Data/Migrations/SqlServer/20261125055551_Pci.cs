using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Pci : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PciEditions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PciEditions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PciProvinces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsHome = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PciProvinces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PciSubIndices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EnglishName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PciSubIndices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PciResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PciProvinceId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    PublishedComposite = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    NationalRank = table.Column<int>(type: "int", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PciResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PciResults_PciProvinces_PciProvinceId",
                        column: x => x.PciProvinceId,
                        principalTable: "PciProvinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PciIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PciSubIndexId = table.Column<int>(type: "int", nullable: false),
                    PciProvinceId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RawValue = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Direction = table.Column<int>(type: "int", nullable: false),
                    Score = table.Column<decimal>(type: "decimal(4,2)", precision: 4, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PciIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PciIndicators_PciProvinces_PciProvinceId",
                        column: x => x.PciProvinceId,
                        principalTable: "PciProvinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PciIndicators_PciSubIndices_PciSubIndexId",
                        column: x => x.PciSubIndexId,
                        principalTable: "PciSubIndices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PciTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PciSubIndexId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Score = table.Column<decimal>(type: "decimal(4,2)", precision: 4, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PciTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PciTargets_PciSubIndices_PciSubIndexId",
                        column: x => x.PciSubIndexId,
                        principalTable: "PciSubIndices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PciWeights",
                columns: table => new
                {
                    PciEditionId = table.Column<int>(type: "int", nullable: false),
                    PciSubIndexId = table.Column<int>(type: "int", nullable: false),
                    Weight = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PciWeights", x => new { x.PciEditionId, x.PciSubIndexId });
                    table.ForeignKey(
                        name: "FK_PciWeights_PciEditions_PciEditionId",
                        column: x => x.PciEditionId,
                        principalTable: "PciEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PciWeights_PciSubIndices_PciSubIndexId",
                        column: x => x.PciSubIndexId,
                        principalTable: "PciSubIndices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTaskPciLinks",
                columns: table => new
                {
                    PlanTaskId = table.Column<int>(type: "int", nullable: false),
                    PciSubIndexId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTaskPciLinks", x => new { x.PlanTaskId, x.PciSubIndexId });
                    table.ForeignKey(
                        name: "FK_PlanTaskPciLinks_PciSubIndices_PciSubIndexId",
                        column: x => x.PciSubIndexId,
                        principalTable: "PciSubIndices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanTaskPciLinks_PlanTasks_PlanTaskId",
                        column: x => x.PlanTaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionAreaPciLinks",
                columns: table => new
                {
                    SolutionAreaId = table.Column<int>(type: "int", nullable: false),
                    PciSubIndexId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionAreaPciLinks", x => new { x.SolutionAreaId, x.PciSubIndexId });
                    table.ForeignKey(
                        name: "FK_SolutionAreaPciLinks_PciSubIndices_PciSubIndexId",
                        column: x => x.PciSubIndexId,
                        principalTable: "PciSubIndices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SolutionAreaPciLinks_SolutionAreas_SolutionAreaId",
                        column: x => x.SolutionAreaId,
                        principalTable: "SolutionAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PciScores",
                columns: table => new
                {
                    PciResultId = table.Column<int>(type: "int", nullable: false),
                    PciSubIndexId = table.Column<int>(type: "int", nullable: false),
                    Score = table.Column<decimal>(type: "decimal(4,2)", precision: 4, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PciScores", x => new { x.PciResultId, x.PciSubIndexId });
                    table.ForeignKey(
                        name: "FK_PciScores_PciResults_PciResultId",
                        column: x => x.PciResultId,
                        principalTable: "PciResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PciScores_PciSubIndices_PciSubIndexId",
                        column: x => x.PciSubIndexId,
                        principalTable: "PciSubIndices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PciEditions_Year",
                table: "PciEditions",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PciIndicators_PciProvinceId_Year_PciSubIndexId",
                table: "PciIndicators",
                columns: new[] { "PciProvinceId", "Year", "PciSubIndexId" });

            migrationBuilder.CreateIndex(
                name: "IX_PciIndicators_PciSubIndexId",
                table: "PciIndicators",
                column: "PciSubIndexId");

            migrationBuilder.CreateIndex(
                name: "IX_PciProvinces_Name",
                table: "PciProvinces",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PciResults_PciProvinceId_Year",
                table: "PciResults",
                columns: new[] { "PciProvinceId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PciScores_PciSubIndexId",
                table: "PciScores",
                column: "PciSubIndexId");

            migrationBuilder.CreateIndex(
                name: "IX_PciSubIndices_Number",
                table: "PciSubIndices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PciTargets_PciSubIndexId_Year",
                table: "PciTargets",
                columns: new[] { "PciSubIndexId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PciWeights_PciSubIndexId",
                table: "PciWeights",
                column: "PciSubIndexId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTaskPciLinks_PciSubIndexId",
                table: "PlanTaskPciLinks",
                column: "PciSubIndexId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionAreaPciLinks_PciSubIndexId",
                table: "SolutionAreaPciLinks",
                column: "PciSubIndexId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PciIndicators");

            migrationBuilder.DropTable(
                name: "PciScores");

            migrationBuilder.DropTable(
                name: "PciTargets");

            migrationBuilder.DropTable(
                name: "PciWeights");

            migrationBuilder.DropTable(
                name: "PlanTaskPciLinks");

            migrationBuilder.DropTable(
                name: "SolutionAreaPciLinks");

            migrationBuilder.DropTable(
                name: "PciResults");

            migrationBuilder.DropTable(
                name: "PciEditions");

            migrationBuilder.DropTable(
                name: "PciSubIndices");

            migrationBuilder.DropTable(
                name: "PciProvinces");
        }
    }
}
