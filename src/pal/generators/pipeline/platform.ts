/** What each CI platform contributes to a pipeline: its file, where it goes, and what to know. */
import type {PipelineInput, PipelineValues} from './options';

/** One customer tenant the pipeline manages the link in, with the identity it signs in as there. */
export interface PipelineTenant {
  tenantId: string;
  /** The entry's own client ID, or the Client ID field's (empty on Azure DevOps, which does not use it). */
  clientId: string;
  /** A short name for job, credential and service connection names (see tenantLabels). */
  label: string;
}

export interface PlatformPipeline {
  /** Where the pipeline file goes in the repository. */
  path(input: PipelineInput): string;
  /** One sentence on what the pipeline file is for. */
  purpose: string;
  /**
   * The pipeline file. With more than one tenant, one job (or matrix entry) per tenant; with
   * one (or, on Azure DevOps, none), the single-job pipeline.
   */
  content(input: PipelineInput, values: PipelineValues, tenants: readonly PipelineTenant[]): string;
  /** What to know about running it on this platform. */
  notes(input: PipelineInput, values: PipelineValues, tenants: readonly PipelineTenant[]): string[];
}
