using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Assessment.Data.Migrations
{
    /// <inheritdoc />
    public partial class HandInFilePosition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "position",
                schema: "assessment",
                table: "hand_in_files",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "position",
                schema: "assessment",
                table: "hand_in_files");
        }
    }
}
