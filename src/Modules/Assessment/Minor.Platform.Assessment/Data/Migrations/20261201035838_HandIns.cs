using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Assessment.Data.Migrations
{
    /// <inheritdoc />
    public partial class HandIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "late_hand_in",
                schema: "assessment",
                table: "assessments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "MarkLate");

            migrationBuilder.CreateTable(
                name: "hand_ins",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hand_ins", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hand_in_files",
                schema: "assessment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hand_in_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    blob_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hand_in_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_hand_in_files_hand_ins_hand_in_id",
                        column: x => x.hand_in_id,
                        principalSchema: "assessment",
                        principalTable: "hand_ins",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_hand_in_files_hand_in_id",
                schema: "assessment",
                table: "hand_in_files",
                column: "hand_in_id");

            migrationBuilder.CreateIndex(
                name: "ix_hand_ins_assessment_id_student_id",
                schema: "assessment",
                table: "hand_ins",
                columns: new[] { "assessment_id", "student_id" });

            migrationBuilder.CreateIndex(
                name: "ix_hand_ins_student_id",
                schema: "assessment",
                table: "hand_ins",
                column: "student_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hand_in_files",
                schema: "assessment");

            migrationBuilder.DropTable(
                name: "hand_ins",
                schema: "assessment");

            migrationBuilder.DropColumn(
                name: "late_hand_in",
                schema: "assessment",
                table: "assessments");
        }
    }
}
