using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GreenCommunity.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IndexApplicationStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_applications_status",
                table: "applications",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applications_status",
                table: "applications");
        }
    }
}
