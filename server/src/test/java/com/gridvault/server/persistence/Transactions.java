package com.gridvault.server.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work in its own entity manager and resource-local transaction, for the checks that drive
 * repositories on both databases; rolls back when the work throws.
 */
public final class Transactions {

    private Transactions() {}

    /** Runs the work, commits and returns its result. */
    public static <T> T call(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs the work and commits. */
    public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        call(emf, em -> {
            work.accept(em);
            return null;
        });
    }
}
