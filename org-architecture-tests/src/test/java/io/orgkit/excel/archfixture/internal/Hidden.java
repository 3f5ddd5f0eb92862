package io.orgkit.excel.archfixture.internal;

/** An implementation type of the fixture module. */
public final class Hidden {}
