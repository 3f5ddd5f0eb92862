package io.orgkit.provider.acme.internal;

/** The fixture provider's own implementation class. */
public final class AcmeClient {}
