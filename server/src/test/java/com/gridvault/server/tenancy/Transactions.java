package com.gridvault.server.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/** Runs work in its own entity manager and resource-local transaction (persistence checks). */
final class Transactions {

    private Transactions() {}

    static <T> T call(EntityManagerFactory emf, Function<EntityManager, T> work) {
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

    static void run(EntityManagerFactory emf, java.util.function.Consumer<EntityManager> work) {
        call(emf, em -> {
            work.accept(em);
            return null;
        });
    }
}
