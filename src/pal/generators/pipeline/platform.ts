/** What each CI platform contributes to a pipeline: its file, where it goes, and what to know. */
import type {PipelineInput, PipelineValues} from './options';

export interface PlatformPipeline {
  /** Where the pipeline file goes in the repository. */
  path(input: PipelineInput): string;
  /** One sentence on what the pipeline file is for. */
  purpose: string;
  /** The pipeline file. */
  content(input: PipelineInput, values: PipelineValues): string;
  /** What to know about running it on this platform. */
  notes(input: PipelineInput, values: PipelineValues): string[];
}
