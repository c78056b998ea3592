package com.acme.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

public class AuditWriter {
    private static final String INSERT = "INSERT INTO audit_log (actor, action, at) VALUES (?, ?, ?)";
}
