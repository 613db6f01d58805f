using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Tracks.Data.Migrations
{
    /// <inheritdoc />
    public partial class StudyPlansAndExemptionRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "definition",
                schema: "tracks",
                table: "tracks",
                type: "text",
                nullable: false,
                defaultValue: "{\"entryRequirements\":\"\",\"entryRequirementsEn\":\"\",\"exemptible\":[],\"replaced\":[],\"bridgingUnits\":[],\"durationSemesters\":1}");

            migrationBuilder.AddColumn<List<string>>(
                name: "learning_outcome_codes",
                schema: "tracks",
                table: "exemptions",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<Guid>(
                name: "request_id",
                schema: "tracks",
                table: "exemptions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "exemption_requests",
                schema: "tracks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    learning_outcome_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    motivation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exemption_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "study_plan_items",
                schema: "tracks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ec = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    note_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    exempted_outcomes = table.Column<List<string>>(type: "text[]", nullable: false),
                    passed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_study_plan_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exemption_evidence",
                schema: "tracks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exemption_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_exemption_evidence_exemption_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "tracks",
                        principalTable: "exemption_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_exemption_evidence_request_id",
                schema: "tracks",
                table: "exemption_evidence",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_exemption_requests_student_id_course_code",
                schema: "tracks",
                table: "exemption_requests",
                columns: new[] { "student_id", "course_code" });

            migrationBuilder.CreateIndex(
                name: "ix_study_plan_items_cohort_id_student_id_code",
                schema: "tracks",
                table: "study_plan_items",
                columns: new[] { "cohort_id", "student_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_study_plan_items_student_id",
                schema: "tracks",
                table: "study_plan_items",
                column: "student_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exemption_evidence",
                schema: "tracks");

            migrationBuilder.DropTable(
                name: "study_plan_items",
                schema: "tracks");

            migrationBuilder.DropTable(
                name: "exemption_requests",
                schema: "tracks");

            migrationBuilder.DropColumn(
                name: "definition",
                schema: "tracks",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "learning_outcome_codes",
                schema: "tracks",
                table: "exemptions");

            migrationBuilder.DropColumn(
                name: "request_id",
                schema: "tracks",
                table: "exemptions");
        }
    }
}
