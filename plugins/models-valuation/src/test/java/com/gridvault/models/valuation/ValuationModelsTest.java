package com.gridvault.models.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.models.valuation.accretion.AccretionDilutionModel;
import com.gridvault.models.valuation.dcf.DcfInput;
import com.gridvault.models.valuation.dcf.DcfModel;
import com.gridvault.models.valuation.lbo.LboModel;
import com.gridvault.plugin.api.model.Doc;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the three extensions' contracts: ids, descriptors, documented record types. */
class ValuationModelsTest {

    private static final List<FinancialModel<?, ?>> MODELS =
            List.of(new DcfModel(), new LboModel(), new AccretionDilutionModel());

    @Test
    void idsAndCategory() {
        assertThat(MODELS)
                .extracting(m -> m.descriptor().id())
                .containsExactly("valuation.dcf", "valuation.lbo", "valuation.accretion-dilution");
        assertThat(MODELS).allSatisfy(m -> assertThat(m.descriptor().category()).isEqualTo("valuation"));
    }

    @Test
    void everyRecordComponentReachableFromInputsAndOutputsIsDocumented() {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        MODELS.forEach(m -> {
            todo.add(m.inputType());
            todo.add(m.outputType());
        });
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type) || !type.isRecord()) {
                continue;
            }
            assertThat(type.getAnnotation(Doc.class)).as(type.getSimpleName()).isNotNull();
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(c.getAnnotation(Doc.class))
                        .as(type.getSimpleName() + "." + c.getName())
                        .isNotNull();
                enqueue(c.getGenericType(), todo);
            }
        }
        assertThat(seen).hasSizeGreaterThan(20);
    }

    @Test
    void estimateWorkNeverThrowsOnGarbage() {
        DcfInput empty = new DcfInput(null, null, null, null, null, null, null, null, null, null);
        assertThat(new DcfModel().estimateWork(empty)).isPositive();
        assertThat(new DcfModel().estimateWork(null)).isPositive();
        assertThat(new LboModel().estimateWork(null)).isPositive();
        assertThat(new AccretionDilutionModel().estimateWork(null)).isPositive();
    }

    @Test
    void runValidatesBeforeCalculating() {
        DcfInput empty = new DcfInput(null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> new DcfModel().run(empty, ModelContext.standalone()))
                .isInstanceOf(InvalidInputException.class);
    }

    private static void enqueue(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                enqueue(arg, todo);
            }
        }
    }
}
