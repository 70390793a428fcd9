package org.tandem.persistence.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.tandem.persistence.jpa.StorageException;

/**
 * Audit event ids in blocks from {@code id_block}, as Hibernate's table generator of {@link AuditEventEntity} takes
 * them (pooled-lo: the stored value is the first id of the next block), so that both, and other instances on the
 * same database, never hand out an id twice. A block is taken in a short transaction of its own on another
 * connection, as Hibernate does, so that a long import does not hold the row locked against everyone else's
 * events; ids of a transaction rolled back are lost, which only leaves gaps.
 *
 * <p>Thread-safe.
 */
public final class IdBlocks {

    /** The smallest block taken; a larger one when a transaction writes more events at once. */
    static final int BLOCK = 10_000;

    private final DataSource dataSource;
    private final String table;
    private final String name;
    private long next;
    private long end;

    /**
     * @param dataSource where to take blocks, on connections of their own
     * @param prefix     the schema of Tandem's tables with a dot, or empty
     * @param name       the row of {@code id_block}
     */
    public IdBlocks(DataSource dataSource, String prefix, String name) {
        this.dataSource = dataSource;
        this.table = prefix + "id_block";
        this.name = name;
    }

    /** The first of {@code count} consecutive ids no one else has or will have. */
    synchronized long take(int count) {
        if (end - next < count) {
            long size = Math.max(BLOCK, count);
            next = allocate(size);
            end = next + size;
        }
        long first = next;
        next += count;
        return first;
    }

    private long allocate(long size) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long first;
                try (PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set next_value = next_value + ? where name = ?")) {
                    update.setLong(1, size);
                    update.setString(2, name);
                    if (update.executeUpdate() != 1) {
                        throw new SQLException("no row '" + name + "' in " + table);
                    }
                }
                try (PreparedStatement select = connection.prepareStatement(
                        "select next_value from " + table + " where name = ?")) {
                    select.setString(1, name);
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        first = rows.getLong(1) - size;
                    }
                }
                connection.commit();
                return first;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StorageException("no ids could be taken from " + table + ": " + e.getMessage(), e);
        }
    }
}
