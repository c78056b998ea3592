package com.acme.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

public class AuditWriter {
    private static final String INSERT = "INSERT INTO audit_log (actor, action, at) VALUES (?, ?, ?)";

    public void write(Connection connection, List<AuditEvent> events) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (AuditEvent event : events) {
                statement.setString(1, event.actor());
                statement.setString(2, event.action());
                statement.setTimestamp(3, Timestamp.from(event.at()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
