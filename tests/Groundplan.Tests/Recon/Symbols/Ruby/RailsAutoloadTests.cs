using Groundplan.Recon.Symbols.Ruby;
using Groundplan.Tests.Recon.Symbols.CSharp;

namespace Groundplan.Tests.Recon.Symbols.Ruby;

public sealed class RailsAutoloadTests
{
    private static readonly Dictionary<string, string> Blog = new()
    {
        ["Gemfile"] = "source \"https://rubygems.org\"\n\ngem \"rails\", \"~> 8.0\"\ngem \"pg\"\n",
        ["app/models/application_record.rb"] = "class ApplicationRecord < ActiveRecord::Base\n  primary_abstract_class\nend\n",
        ["app/models/post.rb"] = """
            class Post < ApplicationRecord
              include Searchable
              belongs_to :author, class_name: "User"
              has_many :comments, dependent: :destroy
              STATUSES = %w[draft published].freeze

              # Comment.where is only named in this comment
              def self.recent_comments
                Comment.where(post: all).limit(STATUSES.size)
              end

              def summary
                "#{title} by User" + <<~TEXT
                  Admin::UserPolicy applies
                TEXT
              end
            end
            """,
        ["app/models/comment.rb"] = """
            class Comment < ApplicationRecord
              belongs_to :post
              validates :body, presence: true
              after_create_commit { NotifyAuthorJob.perform_later(self) }
              def statuses = Post::STATUSES
            end
            """,
        ["app/models/user.rb"] = "class User < ApplicationRecord\n  has_many :posts, foreign_key: :author_id\nend\n",
        ["app/models/current.rb"] = "class Current < ActiveSupport::CurrentAttributes\n  attribute :user\nend\n",
        ["app/models/concerns/searchable.rb"] = "module Searchable\n  extend ActiveSupport::Concern\nend\n",
        ["app/controllers/application_controller.rb"] = "class ApplicationController < ActionController::Base\nend\n",
        ["app/controllers/admin/posts_controller.rb"] = """
            module Admin
              class PostsController < ApplicationController
                def update
                  post = Post.find(params[:id])
                  UserPolicy.new(Current.user, post).authorize!(:update)
                  ::PostPublisher.new(post).call
                  HTTPClient.post(Rails.application.config.webhook_url, post.id)
                  redirect_to admin_post_path(post), notice: "Post updated"
                end
              end
            end
            """,
        ["app/policies/application_policy.rb"] = "class ApplicationPolicy\nend\n",
        ["app/policies/user_policy.rb"] = "class UserPolicy < ApplicationPolicy\nend\n",
        ["app/policies/admin/user_policy.rb"] = "module Admin\n  class UserPolicy < ApplicationPolicy\n  end\nend\n",
        ["app/services/post_publisher.rb"] = """
            class PostPublisher
              def initialize(post) = @post = post

              def call
                @post.update!(published_at: Time.current)
                NotifyAuthorJob.perform_later(@post)
              end
            end
            """,
        ["app/jobs/application_job.rb"] = "class ApplicationJob < ActiveJob::Base\nend\n",
        ["app/jobs/notify_author_job.rb"] = "class NotifyAuthorJob < ApplicationJob\n  queue_as :default\n\n  def perform(post) = User.find(post.author_id)\nend\n",
        ["lib/http_client.rb"] = "class HttpClient\nend\n",
        ["app/models/provider.rb"] = "class Provider\nend\n",
        ["app/models/provider/exchange_rate_concept.rb"] = "module Provider::ExchangeRateConcept\nend\n",
        ["app/models/provider/synth.rb"] = "class Provider::Synth < Provider\n  include ExchangeRateConcept\n  Error = Class.new(Provider::Error)\nend\n",
        ["spec/models/post_spec.rb"] = "require \"rails_helper\"\n\nRSpec.describe Post do\n  it { expect(build(:post)).to be_valid }\nend\n",
    };

    [Fact]
    public void Imports_RailsModelsAndConcern_ResolveConstantsButNotStringsOrComments()
    {
        // Given a Rails blog whose post names a concern, a model in code, and others only in a comment, a string and a heredoc
        // When the models' imports are read
        var edges = ImportsOf(Blog, "app/models/post.rb", "app/models/comment.rb", "app/models/user.rb");

        // Then each referenced constant points at its file once; its own STATUSES and Rails' constants get no edge
        Assert.Equal(
            [
                "app/models/post.rb:1 ApplicationRecord -> app/models/application_record.rb",
                "app/models/post.rb:2 Searchable -> app/models/concerns/searchable.rb",
                "app/models/post.rb:9 Comment -> app/models/comment.rb",
                "app/models/comment.rb:1 ApplicationRecord -> app/models/application_record.rb",
                "app/models/comment.rb:4 NotifyAuthorJob -> app/jobs/notify_author_job.rb",
                "app/models/comment.rb:5 Post::STATUSES -> app/models/post.rb",
                "app/models/user.rb:1 ApplicationRecord -> app/models/application_record.rb",
            ],
            edges);
    }

    [Fact]
    public void Imports_NamespacedController_ResolvesInsideItsModuleFirst()
    {
        // Given a controller in `module Admin` using a policy that exists both as Admin::UserPolicy and UserPolicy,
        // a service written `::PostPublisher`, and an acronym HTTPClient defined in lib/http_client.rb
        // When its imports, the service's and the job's are read
        var edges = ImportsOf(Blog, "app/controllers/admin/posts_controller.rb", "app/policies/admin/user_policy.rb", "app/services/post_publisher.rb", "app/jobs/notify_author_job.rb", "spec/models/post_spec.rb");

        // Then the nested name wins, the acronym maps through underscores, and require edges stay as they were
        Assert.Equal(
            [
                "app/controllers/admin/posts_controller.rb:2 ApplicationController -> app/controllers/application_controller.rb",
                "app/controllers/admin/posts_controller.rb:4 Post -> app/models/post.rb",
                "app/controllers/admin/posts_controller.rb:5 UserPolicy -> app/policies/admin/user_policy.rb",
                "app/controllers/admin/posts_controller.rb:5 Current -> app/models/current.rb",
                "app/controllers/admin/posts_controller.rb:6 PostPublisher -> app/services/post_publisher.rb",
                "app/controllers/admin/posts_controller.rb:7 HTTPClient -> lib/http_client.rb",
                "app/policies/admin/user_policy.rb:2 ApplicationPolicy -> app/policies/application_policy.rb",
                "app/services/post_publisher.rb:6 NotifyAuthorJob -> app/jobs/notify_author_job.rb",
                "app/jobs/notify_author_job.rb:1 ApplicationJob -> app/jobs/application_job.rb",
                "app/jobs/notify_author_job.rb:4 User -> app/models/user.rb",
                "spec/models/post_spec.rb:1 rails_helper -> ",
                "spec/models/post_spec.rb:3 Post -> app/models/post.rb",
            ],
            edges);
    }

    [Fact]
    public void Imports_CompactClassWithSuperclass_SeesTheSuperclassConstants()
    {
        // Given `class Provider::Synth < Provider` including a concern Rails autoloads as Provider::ExchangeRateConcept
        // When its imports are read
        var edges = ImportsOf(Blog, "app/models/provider/synth.rb");

        // Then the concern resolves through the superclass, as Ruby's ancestor lookup does, and Provider::Error to provider.rb
        Assert.Equal(
            [
                "app/models/provider/synth.rb:1 Provider -> app/models/provider.rb",
                "app/models/provider/synth.rb:2 ExchangeRateConcept -> app/models/provider/exchange_rate_concept.rb",
                "app/models/provider/synth.rb:3 Provider::Error -> app/models/provider.rb",
            ],
            edges);
    }

    [Fact]
    public void Imports_ApplicationInASubfolder_UsesItsOwnAutoloadRoots()
    {
        // Given a monorepo whose Rails app lives in backend/ (config/application.rb, no Gemfile at the root)
        var files = new Dictionary<string, string>
        {
            ["backend/config/application.rb"] = "require_relative \"boot\"\n\nmodule Shop\n  class Application < Rails::Application\n  end\nend\n",
            ["backend/app/models/order.rb"] = "class Order < ApplicationRecord\nend\n",
            ["backend/app/models/application_record.rb"] = "class ApplicationRecord < ActiveRecord::Base\nend\n",
            ["frontend/lib/order.rb"] = "class Order\nend\n",
        };

        // When the model's imports are read
        var edges = ImportsOf(files, "backend/app/models/order.rb", "frontend/lib/order.rb");

        // Then they resolve under backend/app, and code outside the app gets none
        Assert.Equal(["backend/app/models/order.rb:1 ApplicationRecord -> backend/app/models/application_record.rb"], edges);
    }

    [Fact]
    public void Imports_RubyProjectWithoutRails_GetsNoAutoloadEdges()
    {
        // Given the same app-shaped tree in a Sinatra project, with no rails in the Gemfile and no config/application.rb
        var files = Blog.Where(f => f.Key != "Gemfile").ToDictionary(f => f.Key, f => f.Value);
        files["Gemfile"] = "source \"https://rubygems.org\"\n\ngem \"sinatra\"\ngem \"activerecord\"\n";

        // When its files' imports are read
        var edges = ImportsOf(files, [.. files.Keys.Where(p => p.EndsWith(".rb", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]);

        // Then only the require remains
        Assert.Equal(["spec/models/post_spec.rb:1 rails_helper -> "], edges);
    }

    // "path:line specifier -> targets" for each file in turn.
    private static string[] ImportsOf(IReadOnlyDictionary<string, string> files, params string[] paths) =>
        paths.SelectMany(p => IndexedSource.Imports(c => new RubyIndexer(c), files, p).Select(edge => $"{p}:{edge}")).ToArray();
}
