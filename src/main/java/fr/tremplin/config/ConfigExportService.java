package fr.tremplin.config;

import fr.tremplin.admin.BranchService;
import fr.tremplin.catalogue.CatalogueSnapshotService;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Export configuration": the branches, taxonomy and catalogue as stored now (staff edits included), written as
 * kiosk-config files that load back to the same state. A library's IT commits them to keep the files the reference
 * (see README, "Files and database").
 */
@Service
public class ConfigExportService {

    private final BranchService branches;
    private final CatalogueSnapshotService catalogue;
    private final StaffAccess access;
    private final Clock clock;

    ConfigExportService(BranchService branches, CatalogueSnapshotService catalogue, StaffAccess access, Clock clock) {
        this.branches = branches;
        this.catalogue = catalogue;
        this.access = access;
        this.clock = clock;
    }

    /** The three files by name. Only a department admin exports: they hold every branch. */
    @Transactional(readOnly = true)
    public Map<String, String> exportFiles() {
        String who = access.requireRole(StaffRole.DEPARTMENT_ADMIN).username();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(BranchesFile.NAME, KioskConfigWriter.branches(branches.activeBranches(), header("branches", who)));
        files.put(TaxonomyFile.NAME, KioskConfigWriter.taxonomy(catalogue.needs(), header("taxonomy of needs", who)));
        files.put(CatalogueFile.NAME, KioskConfigWriter.catalogue(catalogue.resources(),
                header("catalogue of resources and the branches that offer them", who)));
        return files;
    }

    /** Writes the three files into {@code directory}, replacing those there. */
    public void exportTo(Path directory) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : exportFiles().entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three files in a zip, for a download. */
    public byte[] exportZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : exportFiles().entrySet()) {
                zip.putNextEntry(new ZipEntry("kiosk-config/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String header(String what, String who) {
        return "# Tremplin kiosk-config: " + what + ".\n"
                + "#\n"
                + "# EXPORTED from the database by " + who + " on " + Instant.now(clock) + " (UTC), staff edits included.\n"
                + "# Put this file in kiosk-config/ (and under version control) to make it the reference again: loading\n"
                + "# it gives back exactly the state it was exported from, and rows that staff edited in the admin\n"
                + "# screens return to the files' ownership once the files say the same as the database.\n"
                + "# The fields are those described in the header of the demo file of the same name.\n\n";
    }
}
