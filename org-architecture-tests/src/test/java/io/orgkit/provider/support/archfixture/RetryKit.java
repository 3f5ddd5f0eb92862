package io.orgkit.provider.support.archfixture;

/** Stands for a class of the provider support kit (org-provider-support). */
public final class RetryKit {}
