using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class DutchSortName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "sort_name",
                schema: "identity",
                table: "AspNetUsers",
                type: "character varying(220)",
                maxLength: 220,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "sort_name",
                schema: "identity",
                table: "AspNetUsers");
        }
    }
}
