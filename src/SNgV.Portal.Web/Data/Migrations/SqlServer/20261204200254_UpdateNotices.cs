using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SNgV.Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UpdateNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProgressUpdateId",
                table: "Notifications",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ProgressUpdateId",
                table: "Notifications",
                column: "ProgressUpdateId");

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_ProgressUpdates_ProgressUpdateId",
                table: "Notifications",
                column: "ProgressUpdateId",
                principalTable: "ProgressUpdates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_ProgressUpdates_ProgressUpdateId",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_ProgressUpdateId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ProgressUpdateId",
                table: "Notifications");
        }
    }
}
