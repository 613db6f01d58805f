using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Certificates.Data.Migrations
{
    /// <inheritdoc />
    public partial class StudentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_certificates_student_id",
                schema: "certificates",
                table: "certificates",
                column: "student_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_certificates_student_id",
                schema: "certificates",
                table: "certificates");
        }
    }
}
