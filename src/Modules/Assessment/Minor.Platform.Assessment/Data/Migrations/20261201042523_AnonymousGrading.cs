using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Assessment.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnonymousGrading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "anonymous",
                schema: "assessment",
                table: "assessments",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "anonymous",
                schema: "assessment",
                table: "assessments");
        }
    }
}
