using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minor.Platform.Certificates.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "certificates");

            migrationBuilder.CreateTable(
                name: "audit",
                schema: "certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bulk_issues",
                schema: "certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cohort_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    planned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulk_issues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "certificates",
                schema: "certificates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ec = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    grade = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true),
                    holder_name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    institution_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    signatory_name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    content_json = table.Column<string>(type: "text", nullable: true),
                    verification_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pdf_blob_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    pdf_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    replaced_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    replaced_by_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    render_attempts = table.Column<int>(type: "integer", nullable: false),
                    last_render_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_certificate_id",
                schema: "certificates",
                table: "audit",
                column: "certificate_id");

            migrationBuilder.CreateIndex(
                name: "ix_bulk_issues_cohort_id",
                schema: "certificates",
                table: "bulk_issues",
                column: "cohort_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_institution_id_status",
                schema: "certificates",
                table: "certificates",
                columns: new[] { "institution_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_certificates_student_id_kind_subject_key",
                schema: "certificates",
                table: "certificates",
                columns: new[] { "student_id", "kind", "subject_key" },
                unique: true,
                filter: "replaced_by_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_verification_code",
                schema: "certificates",
                table: "certificates",
                column: "verification_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit",
                schema: "certificates");

            migrationBuilder.DropTable(
                name: "bulk_issues",
                schema: "certificates");

            migrationBuilder.DropTable(
                name: "certificates",
                schema: "certificates");
        }
    }
}
