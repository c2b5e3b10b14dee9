import { z } from 'zod';
import type { SessionDoctorConfig } from './types.js';
export declare const configSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    rules: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
        off: "off";
    }>>>;
    ignores: z.ZodOptional<z.ZodArray<z.ZodString>>;
    format: z.ZodOptional<z.ZodEnum<{
        stylish: "stylish";
        json: "json";
        compact: "compact";
        sarif: "sarif";
        github: "github";
        junit: "junit";
    }>>;
}, z.core.$strict>;
/** Checks a parsed config value; throws ConfigError listing every problem, each with its place. */
export declare function validateConfig(value: unknown, file: string): SessionDoctorConfig;
