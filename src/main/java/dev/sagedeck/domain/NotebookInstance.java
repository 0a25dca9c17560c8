package dev.sagedeck.domain;

/**
 * The SageMaker notebook instance sagedeck runs on: its name, region, instance type and execution
 * role (the default role for launches). Type and role are null when they could not be looked up.
 */
public record NotebookInstance(String name, String region, String instanceType, String roleArn) {}
