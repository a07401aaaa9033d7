/** The Cox-Ross-Rubinstein binomial tree for European and American options, with tree Greeks. */
package com.gridvault.models.derivatives.binomial;
