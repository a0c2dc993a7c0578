package dev.crampproof.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every SQL statement the app runs, from a datasource-proxy wrapped around the real DataSource:
 * the query budgets count statements (not time), so they hold on any machine.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog {

    /**
     * One statement as run, one round trip to the database: its SQL, the values of its first (or
     * only) parameter set in order (null for one set to NULL), and how many parameter sets it sent
     * (a JDBC batch: more than one).
     */
    public record Statement(String sql, List<Object> parameters, int rows) {
    }

    private final List<Statement> statements = new ArrayList<>();

    @Bean
    static BeanPostProcessor countingDataSource(StatementLog log) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource real && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(name, real).listener(log.listener()).build();
                }
                return bean;
            }
        };
    }

    private QueryExecutionListener listener() {
        return new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                synchronized (statements) {
                    queries.forEach(query -> statements.add(new Statement(query.getQuery(), parameters(query),
                            Math.max(1, query.getParametersList().size()))));
                }
            }
        };
    }

    private static List<Object> parameters(QueryInfo query) {
        if (query.getParametersList().isEmpty()) {
            return List.of();
        }
        return query.getParametersList().get(0).stream()
                .sorted(Comparator.comparingInt(set -> (Integer) set.getArgs()[0]))
                .map(set -> ParameterSetOperation.isSetNullParameterOperation(set) ? null : set.getArgs()[1]).toList();
    }

    /** Forgets what ran so far. */
    public void clear() {
        synchronized (statements) {
            statements.clear();
        }
    }

    /** The SQL of the statements run since the last clear, in order. */
    public List<String> statements() {
        synchronized (statements) {
            return statements.stream().map(Statement::sql).toList();
        }
    }

    /** The statements run since the last clear, with their parameters, in order. */
    public List<Statement> withParameters() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }
}
