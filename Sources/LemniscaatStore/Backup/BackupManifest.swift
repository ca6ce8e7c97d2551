// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// What a backup holds, written beside it as `FILE.manifest.json`: a restore checks the restored database against it,
/// table by table and up to the audit chain's last link, so a damaged or edited backup is noticed before anyone works
/// on it.
public struct BackupManifest: Codable, Sendable, Equatable {
    public static let currentVersion = 1

    public var version: Int
    /// `sqlite` or `postgresql`: a backup goes back into the same kind of database.
    public var database: String
    public var createdAt: Date
    /// The backup file's name (without folder), its size and SHA-256.
    public var file: String
    public var bytes: Int64
    public var sha256: String
    /// PostgreSQL: the schema the tables were dumped from (a restore may put them in another).
    public var schema: String?
    public var lastMigration: String
    public var migrations: Int
    /// Rows per table, taken from the same snapshot as the backup.
    public var tables: [String: Int]
    public var auditLastSequence: Int64?
    public var auditLastHash: String?

    public var rows: Int { tables.values.reduce(0, +) }
    public var auditEntries: Int { tables["audit_entries"] ?? 0 }

    public static func path(forBackup path: String) -> String { path + ".manifest.json" }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    static func read(_ path: String) throws(BackupError) -> BackupManifest {
        guard let data = FileManager.default.contents(atPath: path) else { throw BackupError.manifestMissing(path) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            let manifest = try decoder.decode(BackupManifest.self, from: data)
            guard manifest.version <= currentVersion else { throw BackupError.manifestUnreadable(path) }
            return manifest
        } catch {
            throw BackupError.manifestUnreadable(path)
        }
    }
}

/// Why a backup or restore could not start or finish; the text says what to do, in Dutch.
public enum BackupError: Error, CustomStringConvertible, Equatable {
    case fileExists(String)
    case folderMissing(String)
    case backupMissing(String)
    case manifestMissing(String)
    case manifestUnreadable(String)
    case nothingToBackUp
    case toolMissing(String)
    case toolFailed(program: String, status: Int32, output: String)
    case invalidURL
    case kindMismatch(backup: String, target: String)
    case newerVersion(String)
    case targetNotEmpty(target: String, tables: [String])
    case schemaMissing
    case leftoverWriteAheadLog(String)

    public var description: String {
        switch self {
        case .fileExists(let path):
            "Het bestand \(path) bestaat al. Kies een nieuwe naam: een back-up overschrijft nooit een ander bestand."
        case .folderMissing(let path):
            "De map \(path) bestaat niet. Maak hem eerst aan."
        case .backupMissing(let path):
            "Het back-upbestand \(path) bestaat niet of kan niet worden gelezen."
        case .manifestMissing(let path):
            "Het manifest \(path) ontbreekt. Zonder manifest kan niet worden gecontroleerd of de terugzet klopt; zet het manifest naast de back-up."
        case .manifestUnreadable(let path):
            "Het manifest \(path) is geen geldig Lemniscaat-manifest (of komt van een nieuwere versie)."
        case .nothingToBackUp:
            "De database is leeg: er staan geen tabellen van Lemniscaat in. Er is niets om te back-uppen."
        case .toolMissing(let program):
            "\(program) is niet gevonden (niet op het PATH en niet in /usr/lib/postgresql/*/bin). Een back-up van PostgreSQL maakt en leest "
                + "Lemniscaat met de programma's van PostgreSQL zelf. Installeer de PostgreSQL-clientprogramma's (Debian: apt-get install "
                + "postgresql-client), in dezelfde of een nieuwere versie dan de server."
        case .toolFailed(let program, let status, let output):
            "\(program) is gestopt met code \(status): \(output.isEmpty ? "geen melding" : output)"
        case .invalidURL:
            "DATABASE_URL is geen geldige PostgreSQL-URL."
        case .kindMismatch(let backup, let target):
            "Dit is een back-up van \(backup); de database om in terug te zetten is \(target). Zet een back-up terug in hetzelfde soort database "
                + (backup == "SQLite" ? "(zonder DATABASE_URL)." : "(met DATABASE_URL naar PostgreSQL).")
        case .newerVersion(let migration):
            "Deze back-up is gemaakt met een nieuwere versie van Lemniscaat (migratie \(migration) is hier onbekend). Zet hem terug met die versie of een nieuwere."
        case .targetNotEmpty(let target, let tables):
            "De database \(target) is niet leeg: er staan al \(tables.count) tabel(len) in (\(tables.prefix(5).joined(separator: ", "))\(tables.count > 5 ? ", …" : "")). "
                + "Een back-up wordt alleen in een lege database teruggezet, zodat er niets wordt overschreven. Maak een nieuwe, lege database "
                + "(of een leeg schema) en probeer het opnieuw."
        case .schemaMissing:
            "Het schema om in terug te zetten bestaat niet: geen van de schema's in de zoekvolgorde (search_path) bestaat. Maak het eerst aan."
        case .leftoverWriteAheadLog(let path):
            "Naast de database staat nog een write-ahead-log (\(path)) met gegevens. Draait de server nog? Stop hem en probeer het opnieuw."
        }
    }
}

/// The outcome of comparing a restored database with its manifest.
public struct BackupCheck: Sendable, Equatable {
    /// Every difference, in Dutch; empty when the restore is exactly what the backup holds.
    public var problems: [String]
    public var tables: Int
    public var rows: Int
    public var auditChecked: Int
    public var auditLastSequence: Int64?
    public var lastMigration: String?
    public var checksumMatches: Bool

    public var isValid: Bool { problems.isEmpty }
}

public struct BackupReport: Sendable {
    public var path: String
    public var manifestPath: String
    public var manifest: BackupManifest
    public var seconds: Double
}

public struct RestoreReport: Sendable {
    public var manifest: BackupManifest
    public var check: BackupCheck
    /// False when the check found a difference: on SQLite the database file is then not put in place; on PostgreSQL
    /// the restored tables stay for inspection and no audit entry is written.
    public var installed: Bool
    /// The restore's own audit entry, written after the check.
    public var restoreEntrySequence: Int64?
    public var seconds: Double
}
