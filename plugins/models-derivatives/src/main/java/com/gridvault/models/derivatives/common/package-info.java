/** Types and helpers shared by every derivatives model: option type, exercise style, the normal distribution. */
package com.gridvault.models.derivatives.common;
